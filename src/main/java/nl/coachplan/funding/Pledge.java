package nl.coachplan.funding;

import java.math.BigDecimal;

/**
 * A confirmed contribution as the funding rules see it: money or in kind, from the gemeente or
 * another organisation. {@code amountEuro} of an in-kind pledge is its estimated value.
 */
public record Pledge(boolean fromGemeente, boolean money, BigDecimal amountEuro, Integer hoursPerYear) {}
