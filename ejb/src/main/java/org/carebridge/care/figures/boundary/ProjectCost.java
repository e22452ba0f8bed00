package org.carebridge.care.figures.boundary;

import java.math.BigDecimal;

/**
 * A service project's cost per child served: what was paid to the provider for its accepted milestones
 * divided by the distinct children enrolled ({@code perChild} is null while none is).
 */
public record ProjectCost(long id, String title, String status, BigDecimal contract, BigDecimal paid, long children,
                          BigDecimal perChild) {
}
