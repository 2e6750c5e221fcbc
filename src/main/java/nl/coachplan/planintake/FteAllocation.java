package nl.coachplan.planintake;

import java.math.BigDecimal;

/**
 * What a calendar year has left of the Rijk's fte: the municipality's standing allocation, not a
 * pot per round. Known where the contracts are ({@code coachhiring}); plan intake asks it when the
 * joint review approves fte.
 */
public interface FteAllocation {

  /** The year's allocation minus what approved plans and coaches hold in it, leaving this plan out. */
  BigDecimal available(int year, Plan leavingOut);
}
