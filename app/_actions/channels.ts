"use server";
// 公开渠道 of a unit: add a channel, type a year's count, log an item. Each action checks the
// session; lib/data/channels decides what this actor may change.
import { revalidatePath } from "next/cache";
import { addChannelItem, createChannel, setChannelCount } from "@/lib/data/channels";
import { channelCountSchema, channelItemSchema, createChannelSchema } from "@/lib/validations/channels";
import { invalidInput, toFailure, type FormState } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";

const CHANNELS_PATH = "/channels";

export async function createChannelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = createChannelSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await createChannel({ actor, ...parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CHANNELS_PATH);
  return { ok: true, message: `已添加公开渠道“${parsed.data.name}”。` };
}

export async function setChannelCountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = channelCountSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setChannelCount({ actor, ...parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CHANNELS_PATH);
  const { year, count } = parsed.data;
  return { ok: true, message: count === null ? `${year}年改为按发布记录统计。` : `已保存 ${year} 年的条数：${count}。` };
}

export async function addChannelItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = channelItemSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await addChannelItem({ actor, ...parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CHANNELS_PATH);
  return { ok: true, message: "已记录一条发布信息。" };
}
