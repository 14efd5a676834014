-- Platform-wide tables of the foundation slice. They belong to the platform, not to a tenant,
-- so they carry no tenant_id and no row-level security policy; every tenant-owned table that
-- later migrations add must (see ARCHITECTURE.md, "Tenancy and row-level security").
--
-- Runs as the migration role, which owns every table. ${appRole} is the application role:
-- it is granted exactly the verbs the application needs and owns nothing.

GRANT USAGE ON SCHEMA bizosaas TO ${appRole};

-- Notices the platform operator publishes on the status page.
CREATE TABLE announcement (
    id            uuid         PRIMARY KEY,
    title         varchar(120) NOT NULL CHECK (length(btrim(title)) > 0),
    body          text         NOT NULL CHECK (length(body) <= 4000),
    severity      varchar(16)  NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    published_at  timestamptz  NOT NULL,
    published_by  varchar(120) NOT NULL
);
CREATE INDEX announcement_published_at_idx ON announcement (published_at DESC);
GRANT SELECT, INSERT ON announcement TO ${appRole};

-- Every domain event the platform has seen on the domain-events topic, in arrival order.
-- Append-only for the application: it may insert and read, never change or remove.
CREATE TABLE domain_event_journal (
    event_id      uuid         PRIMARY KEY,
    type          varchar(120) NOT NULL,
    version       integer      NOT NULL,
    tenant_id     uuid,
    occurred_at   timestamptz  NOT NULL,
    received_at   timestamptz  NOT NULL,
    payload       text         NOT NULL
);
CREATE INDEX domain_event_journal_received_at_idx ON domain_event_journal (received_at DESC);
GRANT SELECT, INSERT ON domain_event_journal TO ${appRole};

-- The consumers' inbox: a message id a consumer has already processed, so that a redelivered
-- message has no second effect. Written in the same transaction as the consumer's effect.
CREATE TABLE processed_message (
    consumer      varchar(100) NOT NULL,
    message_id    uuid         NOT NULL,
    processed_at  timestamptz  NOT NULL,
    redeliveries  integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (consumer, message_id)
);
GRANT SELECT, INSERT, UPDATE ON processed_message TO ${appRole};
