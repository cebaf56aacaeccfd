"use server";
// 公开渠道 of a unit: add a channel, type a year's count, log an item. Each action checks the
// session; lib/data/channels decides what this actor may change.
import { revalidatePath } from "next/cache";
import { addChannelItem, createChannel, setChannelCount } from "@/lib/data/channels";
import { channelCountSchema, channelItemSchema, createChannelSchema } from "@/lib/validations/channels";
import { formAction } from "@/app/_lib/server-action";
import { CHANNELS_PATH } from "@/lib/paths";

export const createChannelAction = formAction({
  schema: createChannelSchema,
  run: async (actor, input) => {
    await createChannel({ actor, ...input });
    revalidatePath(CHANNELS_PATH);
    return `已添加公开渠道“${input.name}”。`;
  },
});

export const setChannelCountAction = formAction({
  schema: channelCountSchema,
  run: async (actor, input) => {
    await setChannelCount({ actor, ...input });
    revalidatePath(CHANNELS_PATH);
    const { year, count } = input;
    return count === null ? `${year}年改为按发布记录统计。` : `已保存 ${year} 年的条数：${count}。`;
  },
});

export const addChannelItemAction = formAction({
  schema: channelItemSchema,
  run: async (actor, input) => {
    await addChannelItem({ actor, ...input });
    revalidatePath(CHANNELS_PATH);
    return "已记录一条发布信息。";
  },
});
