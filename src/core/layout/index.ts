export { buildOverview, type OverviewOptions } from "./overviewLayout";
