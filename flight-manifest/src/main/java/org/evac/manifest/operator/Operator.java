package org.evac.manifest.operator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "operator")
public class Operator extends PanacheEntityBase {

    @Id public String code;

    @Column(name = "iata_designator")
    public String iataDesignator;

    @Column(name = "icao_designator")
    public String icaoDesignator;

    public String name;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Version public long version;
}
