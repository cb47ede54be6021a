package org.evac.infrastructure.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The state change of the backbone's test application: one entry in an account's ledger. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id public UUID id;
    public String account;
    public long sequence;
}
