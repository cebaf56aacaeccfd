-- The totals a format derives from their parts (（七）总计, the 总计 column, …) are computed
-- wherever numbers are shown or published; the working copy keeps only what was typed.
-- 提交审核 used to store the totals it computed into the working copy as if typed (audit
-- action 'compute-total'): once the report was returned or corrected, they no longer followed
-- their parts. Those values are cleared where they are still the last word on the cell, with
-- an audit entry each, and the report's version moves on so that a page opened before reloads.
--
-- Published reports keep theirs: what the public reads is the revision's snapshot, and a
-- total stored while a report was published stays checked by the identity rules if it is
-- corrected. A submitted report's totals were computed from the parts it still holds, so
-- clearing them publishes the same numbers.

CREATE TEMP TABLE "_cleared_total" ON COMMIT DROP AS
SELECT c."reportId", c."key", c."value"
FROM "Cell" c
JOIN "Report" r ON r."id" = c."reportId"
WHERE r."status" <> 'published'
  AND c."value" IS NOT NULL
  AND (
    SELECT a."action" FROM "AuditLog" a
    WHERE a."entity" = 'cell' AND a."entityId" = c."reportId" || ':' || c."key"
    ORDER BY a."at" DESC, a."id" DESC
    LIMIT 1
  ) = 'compute-total';

UPDATE "Cell" c SET "value" = NULL
FROM "_cleared_total" t
WHERE c."reportId" = t."reportId" AND c."key" = t."key";

INSERT INTO "AuditLog" ("id", "at", "actorId", "via", "entity", "entityId", "action", "before", "after", "reportId")
SELECT 'm7' || md5(t."reportId" || ':' || t."key"), now(), NULL, 'migration', 'cell', t."reportId" || ':' || t."key",
       'derive-total', jsonb_build_object('value', t."value"), jsonb_build_object('value', NULL), t."reportId"
FROM "_cleared_total" t;

UPDATE "Report" r SET "version" = r."version" + 1
WHERE r."id" IN (SELECT DISTINCT "reportId" FROM "_cleared_total");
