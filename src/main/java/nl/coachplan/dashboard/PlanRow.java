package nl.coachplan.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** One plan on its road to structural funding. */
public record PlanRow(
    String reference,
    String title,
    String aanvoerder,
    String aanvoerderName,
    String stage,
    String stageLabel,
    BigDecimal fte,
    int yearsFunded,
    int renewals,
    List<String> embeddingSteps) {}
