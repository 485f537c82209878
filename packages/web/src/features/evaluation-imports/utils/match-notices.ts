// What the user should know before confirming an uploaded 自评表 / 监控表: that no approved project looks like
// it (so it is kept as a record of its own unless one is chosen), and that the table names another unit than
// the one signed in — a unit's filler most likely picked the wrong file; finance reads every unit's tables.

/** The similarity below which no project is proposed (the card then starts on 独立记录). */
export const PROPOSE_AT = 0.5;

/** Spaces and the brackets of a 本级 / (本级) suffix do not make a unit's name another. */
const bare = (name: string) => name.replace(/[\s（）()]|本级/g, '');

export function matchNotices(o: {
  unit: string | null;
  department: string | null;
  bestScore: number | null;
  candidates: number;
  orgName: string | null;
  role: string | null;
}): string[] {
  const notes: string[] = [];
  if (o.candidates > 0 && (o.bestScore ?? 0) < PROPOSE_AT)
    notes.push(
      `没有相似度达到 ${PROPOSE_AT * 100}% 的批复项目，默认作为独立记录保存；如果此表属于下列某个项目，请选中它再确认导入。`,
    );
  const named = [o.unit, o.department].filter((n): n is string => !!n && bare(n) !== '');
  if (o.orgName && (o.role === 'filler' || o.role === 'reviewer') && named.length > 0) {
    const own = bare(o.orgName);
    const ours = named.some((n) => bare(n).includes(own) || own.includes(bare(n)));
    if (!ours)
      notes.push(`表中的单位为「${named[0]}」，不是本单位「${o.orgName}」：请确认上传的是本单位的表。`);
  }
  return notes;
}
