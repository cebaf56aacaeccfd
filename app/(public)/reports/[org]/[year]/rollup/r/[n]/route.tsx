// One published revision of a parent unit's roll-up (汇总) at its permanent address.
import { revisionReportPage } from "../../../load";

export const GET = revisionReportPage("rollup");
