package com.bizosaas.tenancy.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The registry's own tenant-owned table: the rate limiter's windows. */
@Dependent
public class TenancyTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.notExported("api_rate_window",
                "a count of the current minute's API requests, meaningless outside the platform"));
    }
}
