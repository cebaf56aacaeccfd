"use client";
// 撤销 the event recorded last: for an event entered with a wrong date, outcome or fee.
import { ActionForm } from "@/components/ui/ActionForm";
import { withdrawRequestEventAction } from "@/app/_actions/register";

export function WithdrawEventForm({ requestId, eventId, label }: { requestId: string; eventId: string; label: string }) {
  return (
    <ActionForm action={withdrawRequestEventAction} label={`撤销“${label}”`} submit="撤销这一环节" className="mt-4">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="eventId" value={eventId} />
      <p className="muted text-sm">
        最近记录的环节是“{label}”。如记录有误（日期、办理结果或费用填错），可以撤销后重新记录；撤销会写入操作记录，期限随之重新计算。
      </p>
    </ActionForm>
  );
}
