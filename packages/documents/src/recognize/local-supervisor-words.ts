// The local department a form answers to, named by its level. Templates put the level of government before 主管部门
// or 主管单位 as they please — 区级主管部门, 县级主管部门, 市县主管部门, and on a district's 衔接 fund form 区级主管单位 |
// 某区林业局 (fresh/659) — so a label that is a level below the province, then 主管部门 / 主管单位, is the form's
// supervising department. The province's and the centre's (省级主管部门, 中央主管部门) are not: on a transfer's form
// they name the ministry above the money, a known extra, never the unit. Nothing may stand between the level and
// 主管: a copy that ran a value into the next label (县级储备粮 + 主管单位) is no label, and a sector's spelling
// (区级林业主管部门) is listed where a template prints it.

/** A level below the province (市 / 县 / 区 / 区县 / 市县 / 乡镇 / 旗 / 州, 级 or not), then 主管部门 or 主管单位. */
const LOCAL_SUPERVISOR = /^(?:市县|县市|区县|县区|市|县|区|乡镇|镇|旗|州)级?主管(?:部门|单位)$/;

/** Whether a label key names the supervising department by its local level (区级主管单位, 县级主管部门). */
export function isLocalSupervisor(key: string): boolean {
  return LOCAL_SUPERVISOR.test(key);
}
