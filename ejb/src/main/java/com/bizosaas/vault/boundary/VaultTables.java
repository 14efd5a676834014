package com.bizosaas.vault.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The vault's table: secrets leave as they are stored, encrypted. */
@Dependent
public class VaultTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.exported("credential", "credentials.json",
                "select name, encode(ciphertext, 'base64') as ciphertext, encode(nonce, 'base64') as nonce, "
                        + "key_id, last4, created_at, rotated_at from bizosaas.credential"));
    }
}
