/** The portal's scorecard module (五维评估): pages are lazy routes in app.tsx; this is for other modules. */
export { MyScoreTrendCard, type MyScoreTrendCardProps } from './components/my-score-trend-card';
export { CandidacyBanner } from './components/candidacy-banner';
