package nl.coachplan.funding;

import java.math.BigDecimal;

/** What a round says about financing: the Rijk's amount per fte and the local share it demands. */
public record FundingTerms(BigDecimal rijksbijdragePerFte, int localShareMinimumPercent,
    boolean inKindCountsAsCofinancing) {}
