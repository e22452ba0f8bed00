package org.carebridge.funding.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An evaluation criterion and its weight (the weights of a tender sum to 100). */
@Embeddable
public class Criterion {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight;

    protected Criterion() {
    }

    public Criterion(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
