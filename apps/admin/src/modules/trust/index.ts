/** The alliance's scorecard module (五维评估): pages are lazy routes in app.tsx; these are for other modules. */
export { SupplierScoreRankingPanel, type SupplierScoreRankingPanelProps } from './components/supplier-score-ranking-panel';
export { RoutingDecisionsPanel } from './components/routing-decisions';
