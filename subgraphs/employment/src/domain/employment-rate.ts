// The employment rate of the action (DOMAIN.md §5): acknowledged referrals to work that led to a placement within 180 days.

/** A placement counts when it starts on the day of the acknowledgement or up to this many days after. */
export const PLACEMENT_WINDOW_DAYS = 180;
