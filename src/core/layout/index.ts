// The overview layout: plan + settings → sheet description.
export { buildOverview, type OverviewOptions } from "./overviewLayout";
