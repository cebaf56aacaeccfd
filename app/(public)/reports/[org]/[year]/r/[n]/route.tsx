// One published revision of a unit's report at its permanent address.
import { revisionReportPage } from "../../load";

export const GET = revisionReportPage("own");
