/**
 * Policy values (domain.md §5). They are data, not literals in code: later the policy table in
 * the ledger holds them per year; these are the 2023 defaults from the county document.
 */

export interface Policy {
  /** Village data for a month must be entered by this day of the month. */
  monthlyDeadlineDay: number;
}

export const DEFAULT_POLICY: Policy = {
  monthlyDeadlineDay: 20,
};

/** The deadline (ISO date) of a month's village return. */
export function monthlyDeadline(month: string, policy: Policy = DEFAULT_POLICY): string {
  return `${month}-${String(policy.monthlyDeadlineDay).padStart(2, '0')}`;
}
