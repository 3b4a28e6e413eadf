/** Every five minutes: sealed ratings whose 14 days have passed are revealed (reads reveal due ones too). */
export const RATINGS_REVEAL_JOB = 'ratings.reveal-due';
