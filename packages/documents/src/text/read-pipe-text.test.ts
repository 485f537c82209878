// `|`-separated tables copied from web pages (excerpts of corpus documents, copied as printed).
import { describe, expect, it } from 'vitest';
import { detectTextLayout, readTextRows } from './read-text.ts';
import { readPipeRows } from './read-pipe-text.ts';

/** corpus 003_project.txt (宝坻区, 天津), a cell a line: the indicator table's header… */
const BAODI_HEADER = ['绩 效 指 标 |', '一级指标 |', '二级指标 |', '三级指标 |', '指标值 | |'];
/** …and its last two rows, each ended by its padding. */
const BAODI_LAST_ROWS = [
  '竣工验收合格率 |',
  '100% | ||||',
  '效益指标 |',
  '完工项目县畜禽粪污综合利用率 |',
  '≥90% | |||',
];
/** The two as read under the header, against the right edge. */
const BAODI_LAST_CELLS = [
  ['', '', '', '', '竣工验收合格率', '100%'],
  ['', '', '', '效益指标', '完工项目县畜禽粪污综合利用率', '≥90%'],
];

const cellsOf = (text: string) => readTextRows(text).map((r) => (r.table ? r.cells : `¶${r.cells[0]}`));

describe('pipe-separated text', () => {
  it('reads one row per line, padding as blank cells that fill it to the table width (at the end: no table of levels yet; the cut last cell a row of its own)', () => {
    // source: corpus 005_project.txt (原州区自然资源局, 宁夏)
    const text = [
      '索 引 号 | 640421016/2022-00043 | 发文时间 | 2022-02-23 |',
      '发布机构 | 原州区自然资源局 | 文 号 | |',
      '(2022年度) | ||||||',
      '项目名称 | 原州区2022年南部水源涵养林建设项目 | |||||',
      '项目资金 (万元) | 年度资金总额: | 6070.00 | ||||',
      '产出指标 | 数量指标 (必填硬性指标) | 实施营造林总面积(亩) | 80000 | |||',
      '其中:实施新造林总面积(亩) | 30000 | |||||',
      '满意度指标',
    ].join('\n');
    expect(detectTextLayout(text)).toBe('pipe-separated');
    expect(cellsOf(text)).toEqual([
      ['索 引 号', '640421016/2022-00043', '发文时间', '2022-02-23'],
      ['发布机构', '原州区自然资源局', '文 号', ''],
      ['(2022年度)', '', '', '', '', '', ''],
      ['项目名称', '原州区2022年南部水源涵养林建设项目', '', '', '', '', ''],
      ['项目资金 (万元)', '年度资金总额:', '6070.00', '', '', '', ''],
      ['产出指标', '数量指标 (必填硬性指标)', '实施营造林总面积(亩)', '80000', '', '', ''],
      ['其中:实施新造林总面积(亩)', '30000', '', '', '', '', ''],
      ['满意度指标'],
    ]);
  });

  it('joins a row that runs over several lines when its parts add up to the table width', () => {
    // source: corpus 017_selfeval.txt (张庄寨镇, 安徽)
    const text = [
      '绩效目标自评表 | ||||||||||',
      '其他资金 | - | - | ||||||||',
      '绩效指标 | 一级 指标 |',
      '二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||',
      '产 出 指 标 (50分) |',
      '数量指标 | ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||',
      '效 益 指 标 (30分) |',
      '经济效益 指标 |',
      '|||||||||',
    ].join('\n');
    const rows = readTextRows(text);
    expect(rows.map((r) => r.cells.length)).toEqual([11, 11, 11, 11, 11]);
    expect(rows[2]!.cells).toEqual([
      '',
      '',
      '绩效指标',
      '一级 指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值',
      '全年实际值',
      '得分',
      '未完成原因及拟采取的改进措施',
    ]);
    expect(rows[3]!.cells.slice(3, 7)).toEqual([
      '',
      '产 出 指 标 (50分)',
      '数量指标',
      '★补助各类瓜果蔬菜种植面积',
    ]);
    expect(rows[3]!.line).toBe(5);
    expect(rows[4]!.cells.slice(8)).toEqual(['', '效 益 指 标 (30分)', '经济效益 指标']);
  });

  it('does not join full rows of a narrower table that lie before the padded one', () => {
    // source: corpus 036_disclosure.txt (昌宁县卡斯镇, 云南): a 4-column header table, then a 5-column one
    const text = [
      '索引号 | 11533025015264594R/20250606-00001 | 发布机构 | 昌宁县卡斯镇 |',
      '公开目录 | 三公经费 | 发布日期 | 2025-06-06 |',
      '文号 | 浏览量 |',
      '2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表 | ||||',
      '单位:万元 | ||||',
      '合计 | 18.15 | 22.15 | 4 | 22% |',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['索引号', '11533025015264594R/20250606-00001', '发布机构', '昌宁县卡斯镇'],
      ['公开目录', '三公经费', '发布日期', '2025-06-06'],
      ['文号', '浏览量'],
      ['2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表', '', '', '', ''],
      ['单位:万元', '', '', '', ''],
      ['合计', '18.15', '22.15', '4', '22%'],
    ]);
  });

  it('puts back a table written one cell per line when the padding shows where rows end', () => {
    // source: corpus 003_project.txt (天津市宝坻区)
    const text = [
      '(天津市宝坻区畜禽粪污资源化利用整区推进项目)',
      '下达中央预算内投资(万元) |',
      '2350 | ||||',
      '总 体 目 标 |',
      '提高畜禽粪污综合利用率和规模养殖场设施装备配套率。 | ||||',
      ...BAODI_HEADER,
      ...BAODI_LAST_ROWS,
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      '¶(天津市宝坻区畜禽粪污资源化利用整区推进项目)',
      ['下达中央预算内投资(万元)', '2350', '', '', '', ''],
      ['总 体 目 标', '提高畜禽粪污综合利用率和规模养殖场设施装备配套率。', '', '', '', ''],
      ['', '绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
      ...BAODI_LAST_CELLS,
    ]);
  });

  it('ends a row written one cell a line at its line of bare padding, however many cells the row before had (鄂州 wide/234)', () => {
    // source: wide/234 (鄂州市行政审批局 项目支出绩效自评表): a six-cell metadata row first, then rows of eight cells
    const text = [
      '索 引 号: | 011217651/2022-01866 | 发文字号: | 无 | 发文日期: | 2022年11月04日 |',
      '项目名称 |',
      '市民中心运行维护费 |',
      '||||||||||||',
      '产出指标 |',
      '数量指标 |',
      '预算执行率 |',
      '100% |',
      '83.5% |',
      '20 |',
      '18 |',
      '|',
      '||||||',
    ].join('\n');
    const rows = cellsOf(text);
    expect(rows.find((r) => Array.isArray(r) && r.includes('预算执行率'))).toEqual(
      expect.arrayContaining(['产出指标', '数量指标', '预算执行率', '100%', '83.5%', '20', '18']),
    );
    // without the padding line nothing shows where the row ends: the cells stay as they are
    expect(
      cellsOf(text.replace(/\n\|\|\|\|\|\|$/, '')).some(
        (r) => Array.isArray(r) && r.includes('预算执行率') && r.includes('18'),
      ),
    ).toBe(false);
  });

  it('leaves a copy of a cell a line as cells when no line holds two: its padding lines end no row of their own', () => {
    // the one-cell-a-line copy of a target form (template variants' cells layout): `|` and `||` between rows
    const text = [
      '|',
      '项目全称 |',
      '某项目 |',
      '|',
      '预期目标 |',
      '按期完成 |',
      '|||',
      '|',
      '一级指标 |',
      '二级指标 |',
      '||',
    ].join('\n');
    const rows = cellsOf(text).filter((r) => Array.isArray(r) && r.some((c) => c !== ''));
    expect(rows.every((r) => Array.isArray(r) && r.filter((c) => c !== '').length === 1)).toBe(true);
    // with one line of two cells in it, the padding ends the row those one-cell lines hold
    const mixed = cellsOf(text.replace('|\n项目全称 |\n某项目 |', '项目全称 | 某项目 |'));
    expect(mixed).toContainEqual(expect.arrayContaining(['预期目标', '按期完成']));
  });

  it('keeps a cell stream as it is when nothing shows where rows end, empty cells included', () => {
    // source: corpus 004_project.txt (潼南区五桂镇, 重庆)
    const text = [
      '发放人数 |',
      '20 |',
      '人数 |',
      '≥ |',
      '80 |',
      '促进社会和谐 |',
      '20 |',
      '|',
      '定性 |',
      '|',
    ].join('\n');
    const rows = readTextRows(text);
    expect(rows.map((r) => r.cells)).toEqual([
      ['发放人数'],
      ['20'],
      ['人数'],
      ['≥'],
      ['80'],
      ['促进社会和谐'],
      ['20'],
      [''],
      ['定性'],
      [''],
    ]);
    expect(rows.every((r) => r.table)).toBe(true);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps the blank leading cell of a row whose 一级 is merged from the row above', () => {
    // source: corpus 023_selfeval.txt (永德县明朗中学, 云南)
    const text = [
      '2022年度项目支出绩效自评表 | 部门:临沧市永德县明朗中学 |',
      '| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |',
      '| 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7 |',
    ].join('\n');
    expect(cellsOf(text).slice(1)).toEqual([
      ['', '质量指标', '营养改善计划覆盖率', '≧', '100', '%', '100%', '10', '10'],
      ['', '时效指标', '资金到位及时率', '≧', '100', '%', '100%', '10', '7'],
    ]);
  });

  it('reads a lone pipe before each row as the row’s left border, not as an empty last cell', () => {
    // source: corpus 006_project.txt (荣昌区林业局, 重庆)
    const text = [
      '(2022年度) | ||||||',
      '|',
      '申报单位 |',
      '区林业局 |',
      '项目(专项)名称 |',
      '古昌镇大青冈村乡村振兴绿化美化项目 | |||',
      '|',
      '绩效指标 |',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '计量单位 |',
      '指标性质 |',
      '指标值 |',
      '|',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['(2022年度)', '', '', '', '', '', ''],
      ['申报单位', '区林业局', '项目(专项)名称', '古昌镇大青冈村乡村振兴绿化美化项目', '', '', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '计量单位', '指标性质', '指标值'],
      [''],
    ]);
  });

  it('reads the lone pipe that opens a table under a head printed without pipes as the first row’s left border', () => {
    // The head copied column by column, labels then values, no pipes (a copy of a web page's head block); then
    // the table a cell a line, each row opened by a lone pipe, one padded row only. Words invented.
    const text = [
      '项目名称',
      '部门名称',
      '某某道路项目',
      '某某县交通运输局',
      '|',
      '一级指标 |',
      '二级指标 |',
      '三级指标名称 |',
      '指标目标值 |',
      '|',
      '产出指标 |',
      '数量指标 |',
      '新建道路1条 |',
      '2 km |',
      '|',
      '|',
      '新建桥梁1座 |',
      '1 座 |',
      '||',
      '|',
      '质量指标 |',
      '验收合格率 |',
      '100 % |',
      '|',
    ].join('\n');
    const rows = cellsOf(text).map((r) => (Array.isArray(r) ? r.filter((c) => c !== '') : r));
    expect(rows.slice(4, 8)).toEqual([
      ['一级指标', '二级指标', '三级指标名称', '指标目标值'],
      ['产出指标', '数量指标', '新建道路1条', '2 km'],
      ['新建桥梁1座', '1 座'],
      ['质量指标', '验收合格率', '100 %'],
    ]);
  });

  it('reads a lone pipe inside a row as its empty cell where the row’s parts add up to the table’s width', () => {
    // source: corpus 001_project.txt (岳阳县农业农村局, 湖南) as a web copy writes it one cell per line: the empty
    // 指标性质 of 财政资金补助 is the same lone `|` as a row's left border
    const head = [
      '|',
      '项目名称 |',
      '某项目 |',
      '||||',
      '|',
      '主管部门 |',
      '某局 |',
      '||||',
      '|',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '指标性质 |',
      '指标值 |',
      '度量单位 |',
    ];
    const rows = [
      ...head,
      ...['|', '产出指标 |', '成本指标 |', '财政资金补助 |', '|', '1600 |', '元/亩 |'],
      ...['|', '产出指标 |', '数量指标 |', '道路硬化里程 |', '≥ |', '100 |', '公里 |'],
      ...['|', '年增粮食 |', '|', '3500 |', '公斤 |', '||'],
    ];
    expect(cellsOf(rows.join('\n')).slice(2)).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['产出指标', '成本指标', '财政资金补助', '', '1600', '元/亩'],
      ['产出指标', '数量指标', '道路硬化里程', '≥', '100', '公里'],
      ['', '', '年增粮食', '', '3500', '公斤'],
    ]);
    // Rows written short of the width (no padding, no empty cell) stay apart: their parts make no whole row.
    const short = [...head, '|', '产出指标 |', '成本指标 |', '|', '1600 |', '元/亩 |', '|', '甲 |', '乙 |'];
    expect(cellsOf(short.join('\n')).slice(3)).toEqual([
      ['产出指标', '成本指标'],
      ['1600', '元/亩'],
      ['甲', '乙'],
    ]);
  });

  it('reads the lone pipes inside most rows as empty cells when the parts they cut add up to the header’s width', () => {
    // docs/024_selfeval.txt (梁平区林业局, 重庆) as a template variant copied one cell per line: 偏差原因 and 计算符号
    // are blank in every indicator row, so each row comes in two parts and the commonest part is no row at all;
    // only the header is written whole.
    const text = [
      ...['|', '项目名称 |', '某项目 |', '||||', '|', '主管部门 |', '某局 |', '||||'],
      ...['|', '一级指标 |', '二级指标 |', '三级指标 |', '实际值 |', '偏差原因 |', '计算符号 |', '目标值 |'],
      ...['单位 |'],
      ...['|', '产出指标 |', '质量指标 |', '管护任务完成率 |', '100 |', '|', '|', '90 |', '% |'],
      ...['|', '产出指标 |', '质量指标 |', '森林火灾受害率 |', '0 |', '|', '|', '0.9 |', '% |'],
      ...['|', '效益指标 |', '生态效益指标 |', '有害生物成灾率 |', '0.1 |', '|', '|', '0.4 |', '% |'],
      ...['|', '满意度指标 |', '服务对象满意度 |', '群众满意度 |', '95 |', '|', '|', '90 |', '% |'],
    ];
    expect(cellsOf(text.join('\n')).slice(2)).toEqual([
      ['一级指标', '二级指标', '三级指标', '实际值', '偏差原因', '计算符号', '目标值', '单位'],
      ['产出指标', '质量指标', '管护任务完成率', '100', '', '', '90', '%'],
      ['产出指标', '质量指标', '森林火灾受害率', '0', '', '', '0.9', '%'],
      ['效益指标', '生态效益指标', '有害生物成灾率', '0.1', '', '', '0.4', '%'],
      ['满意度指标', '服务对象满意度', '群众满意度', '95', '', '', '90', '%'],
    ]);
    // Two-cell label rows, each followed by a lone pipe, are not put together into rows of the table's width.
    const pairs = [
      ...['|', '绩效目标表 |', '||', '|', '(2023年度) |', '||'],
      ...['|', '项目名称 |', '某项目 |', '|', '主管部门 |', '某局 |', '|', '实施单位 |', '某中心 |'],
    ];
    expect(cellsOf(pairs.join('\n')).slice(2)).toEqual([
      ['项目名称', '某项目'],
      ['主管部门', '某局'],
      ['实施单位', '某中心'],
    ]);
  });

  it('keeps a band’s header rows to the left and places a padded row by its level or its name', () => {
    // source: wide/117_project.txt (武汉市青山区教育局, 湖北) as another template prints it, 年度指标值 over
    // 计算符号 / 年初目标值 / 度量单位, copied one cell per line: the top row's padding is the band's span at its
    // end, and a row's padding stands for merged levels and a blank unit alike
    const text = [
      ...['|', '项目全称 |', '教育系统基础设施建设 |', '||||', '|', '主管部门 |', '青山区教育局 |', '||||'],
      ...['|', '一级指标 |', '二级指标 |', '三级指标名称 |', '年度指标值 |', '||'],
      ...['|', '计算符号 |', '年初目标值(A) |', '度量单位 |', '|||'],
      ...['|', '产出指标 |', '成本指标 |', '建设项目成本 |', '定性 |', '参照政府采购成本控制 |', '|'],
      ...['|', '数量指标 |', '重点建设工程安排数量 |', '|', '2 |', '||'],
      ...['|', '基础教育巩固提高情况 |', '定性 |', '巩固提高 |', '|||'],
      ...['|', '满意度指标 |', '服务对象满意度指标 |', '满意度 |', '≥ |', '90 |', '% |'],
    ];
    expect(cellsOf(text.join('\n')).slice(2)).toEqual([
      ['一级指标', '二级指标', '三级指标名称', '年度指标值', '', ''],
      ['', '', '', '计算符号', '年初目标值(A)', '度量单位'],
      ['产出指标', '成本指标', '建设项目成本', '定性', '参照政府采购成本控制', ''],
      ['', '数量指标', '重点建设工程安排数量', '', '2', ''],
      ['', '', '基础教育巩固提高情况', '定性', '巩固提高', ''],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥', '90', '%'],
    ]);
    // 绩效指标 over the levels: the row of levels under it lacks the headings merged down at its end.
    const band = [
      ...['|', '项目名称 |', '某项目 |', '||||', '|', '主管部门 |', '某局 |', '||||'],
      ...['|', '绩效指标 |', '年度指标值 |', '实际完成值 |', '未完成原因 |', '||'],
      ...['|', '一级指标 |', '二级指标 |', '三级指标 |', '|||'],
      ...['|', '产出指标 |', '数量指标 |', '培训人数 |', '100人 |', '100人 |', '|'],
    ];
    expect(cellsOf(band.join('\n')).slice(3)).toEqual([
      ['一级指标', '二级指标', '三级指标', '', '', ''],
      ['产出指标', '数量指标', '培训人数', '100人', '100人', ''],
    ]);
  });

  it('keeps a header that does not end in a band, and the rows under it, against the right edge', () => {
    // source: corpus 003_project.txt (宝坻区, 天津): the header lacks a column merged down beside it
    const text = [
      '专项名称 |',
      '农业绿色发展专项 (畜禽粪污资源化利用整县推进项目) | ||||',
      '下达中央预算内投资(万元) |',
      '2350 | ||||',
      ...BAODI_HEADER,
      '实施效果指标 |',
      '产出指标 |',
      '建设项目个数(含续建) |',
      '1 | ||',
      ...BAODI_LAST_ROWS,
    ];
    expect(cellsOf(text.join('\n')).slice(2)).toEqual([
      ['', '绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
      ['', '', '实施效果指标', '产出指标', '建设项目个数(含续建)', '1'],
      ...BAODI_LAST_CELLS,
    ]);
  });

  it('ends a row at the next border even when its padding is on lines of its own, and lines values up under a header with a blank last column', () => {
    // source: wide/108_project.txt (湘潭市环境卫生管理处, 湖南): the padding `|||` on its own line, the header
    // written out to a blank 7th column, rows of levels lacking merged cells at their start
    const text = [
      '|',
      '项目支出名称 |',
      '雾炮车降尘抑尘服务 |',
      '预算部门 |',
      '湘潭市环境卫生管理处 |',
      '|||',
      '|',
      '本年度 绩效指标 |',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '指标值及单位 |',
      '绩效标准 |',
      '|',
      '|',
      '产出指标 |',
      '数量指标 |',
      '配备车辆数 |',
      '10辆 |',
      '计划标准 |',
      '||',
      '|',
      '风炮射程 |',
      '≥80M |',
      '计划标准 |',
      '||||',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['项目支出名称', '雾炮车降尘抑尘服务', '预算部门', '湘潭市环境卫生管理处', '', '', ''],
      ['本年度 绩效指标', '一级指标', '二级指标', '三级指标', '指标值及单位', '绩效标准', ''],
      ['', '产出指标', '数量指标', '配备车辆数', '10辆', '计划标准', ''],
      ['', '', '', '风炮射程', '≥80M', '计划标准', ''],
    ]);
  });

  it('puts a row that opens with a level name in that level’s column, its empty cells after it (not against the right edge)', () => {
    // source: wide/108_project.txt: 效益指标 | 经济效益指标 with three empty cells, then rows of 二级 only;
    // 成本指标 (a 一级 of one framework, a 二级 of another) is placed by the padding as before
    const text = [
      '|',
      '本年度 绩效指标 |',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '指标值及单位 |',
      '绩效标准 |',
      '|',
      '|',
      '成本指标 |',
      '控制在预算成本内 |',
      '250万 |',
      '计划标准 |',
      '|||',
      '|',
      '效益指标 |',
      '经济效益指标 |',
      '|',
      '|',
      '|',
      '||',
      '|',
      '社会效益指标 |',
      '市民满意程度 |',
      '≥85% |',
      '计划标准 |',
      '|||',
      '|',
      '生态效益指标 |',
      '|',
      '|',
      '|',
      '|||',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['本年度 绩效指标', '一级指标', '二级指标', '三级指标', '指标值及单位', '绩效标准', ''],
      ['', '', '成本指标', '控制在预算成本内', '250万', '计划标准', ''],
      ['', '效益指标', '经济效益指标', '', '', '', ''],
      ['', '', '社会效益指标', '市民满意程度', '≥85%', '计划标准', ''],
      ['', '', '生态效益指标', '', '', '', ''],
    ]);
  });

  it('reads a line without pipes that a lone pipe ends as that cell', () => {
    // source: corpus 028_monitor.txt (黄石市, 湖北)
    const text = ['黄石市项目支出绩效监控表 (申遗) |', '||||||', '(2019年度)', '|', '||||||'].join('\n');
    expect(cellsOf(text)).toEqual([
      ['黄石市项目支出绩效监控表 (申遗)', '', '', '', '', '', ''],
      ['(2019年度)', '', '', '', '', '', ''],
    ]);
  });

  it('joins the lines a copy of a cell a line wrapped before the line that ends the cell with its pipe', () => {
    // Made for this test in the shape of a 六安 district's 项目支出绩效目标表 (one cell a line, each ended by ` |`):
    // a narrow column wrapped a name and a band label over lines without pipes.
    const text = [
      '可持续影响指标 |',
      '打造某某公开赛',
      '等系列品牌赛事 |',
      '影响可持续 |',
      '绩',
      '效',
      '指',
      '标 |',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['可持续影响指标'],
      ['打造某某公开赛\n等系列品牌赛事'],
      ['影响可持续'],
      ['绩\n效\n指\n标'],
    ]);
  });

  it('leaves a title or an attachment number between two tables of a cell a line out of the cell after it', () => {
    const text = [
      '合计 |',
      '100 |',
      '附件2',
      '2022年某某专项资金绩效目标表',
      '项目名称 |',
      '某某专项资金 |',
    ].join('\n');
    expect(cellsOf(text).slice(2)).toEqual([
      '¶附件2',
      '¶2022年某某专项资金绩效目标表',
      ['项目名称'],
      ['某某专项资金'],
    ]);
    expect(
      cellsOf(['合计 |', '100 |', '附件2', '项目名称 |', '某某专项资金 |'].join('\n')).slice(2, 4),
    ).toEqual(['¶附件2', ['项目名称']]);
  });

  it('reads the last line, cut before its pipe after a complete row, as the start of a new row, not prose', () => {
    // source: wide/123_project.txt (忠县, 重庆): the copy stops inside the 时效指标 cell
    const text = ['能繁母猪稳定率 |', '% |', '90% | |||', '时'].join('\n');
    expect(cellsOf(text).at(-1)).toEqual(['时']);
    // a line without pipes that goes on after the table is still prose
    expect(cellsOf([...text.split('\n'), '注:以上指标按年度考核。'].join('\n')).slice(-2)).toEqual([
      '¶时',
      '¶注:以上指标按年度考核。',
    ]);
  });

  it('reads markdown tables: outer pipes are borders and the delimiter row is skipped', () => {
    const text = [
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '| --- | --- | --- | --- |',
      '| 产出指标 | 数量指标 | 培训人数 | ≥100人 |',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
    ]);
  });

  it('reads a full grid (border pipes on both sides, one width) as rows, a blank last cell a column, not padding', () => {
    // Issue 12's banded variants of docs/008 (甘肃 嘉峪关): the 一级/二级/三级 row ends under a band's blank cell.
    const text = [
      '部门预算项目支出绩效目标表',
      '| 项目名称 | 博物馆纪念馆市级免费开放补助资金 |  |  |',
      '| 绩效指标 |  |  | 目标值 |',
      '| 一级指标 | 二级指标 | 三级指标 |  |',
      '| 产出指标 | 数量指标 | 免费开放天数 | =300天 |',
      '|  |  | 免费开放接待观众人数 | =30000人次 |',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      '¶部门预算项目支出绩效目标表',
      ['项目名称', '博物馆纪念馆市级免费开放补助资金', '', ''],
      ['绩效指标', '', '', '目标值'],
      ['一级指标', '二级指标', '三级指标', ''],
      ['产出指标', '数量指标', '免费开放天数', '=300天'],
      ['', '', '免费开放接待观众人数', '=30000人次'],
    ]);
    // A copy that drops merged cells (rows of many widths) keeps the web-copy reading: the first pipe an empty cell.
    const ragged = [
      '| 绩效指标 | 年度指标值 |',
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '| 产出指标 | 数量指标 | 天数 | 300天 | 10 | 9 |',
    ].join('\n');
    expect(cellsOf(ragged)[0]).toEqual(['', '绩效指标', '年度指标值']);
  });

  it('reads two full grids printed one under the other, of two widths, each as a grid (rows opening with blank cells keep them)', () => {
    // Issue 12's targetActual shape of wide/256 (an indicator table, then an attachment's list without a gap).
    const text = [
      '| 一级指标 | 二级指标 | 具体指标 | 计划指标值 | 实际值 |',
      '| 产出指标 | 数量指标 | 开放天数 | 300天 | 300天 |',
      '|  | 质量指标 | 开放率 | 100% | 100% |',
      '|  |  | 完好率 | 95% | 96% |',
      '| 序号 | 学校 | 机构 | 标准 | 人数 | 金额 |',
      '| 1 | 甲 | 乙 | 2610 | 3 | 7830 |',
      '| 2 | 丙 | 丁 | 2620 | 1 | 2620 |',
    ].join('\n');
    expect(cellsOf(text).slice(0, 5)).toEqual([
      ['一级指标', '二级指标', '具体指标', '计划指标值', '实际值'],
      ['产出指标', '数量指标', '开放天数', '300天', '300天'],
      ['', '质量指标', '开放率', '100%', '100%'],
      ['', '', '完好率', '95%', '96%'],
      ['序号', '学校', '机构', '标准', '人数', '金额'],
    ]);
    // Lines of another width without a header of their own are no second table: the run stays ragged.
    const ragged = [
      '| 一级指标 | 二级指标 | 具体指标 | 计划指标值 | 实际值 |',
      '| 产出指标 | 数量指标 | 开放天数 | 300天 | 300天 |',
      '|  | 质量指标 | 开放率 | 100% | 100% |',
      '|  | 1 | 甲 |  | 2610 | 3 |',
      '|  | 2 | 丙 |  | 2620 | 1 |',
      '|  | 3 | 戊 |  | 2630 | 2 |',
    ].join('\n');
    expect(cellsOf(ragged)[0]![0]).toBe('');
  });

  it('leaves prose with a stray pipe, and tab text, to the other layouts', () => {
    expect(detectTextLayout('说明:A | B 两类\n其余文字')).toBe('row-per-line');
    expect(detectTextLayout('项目名称\t某项目\n主管部门\t某局 |\n')).toBe('row-per-line');
  });
});

describe('a |-copy with an empty line after every line', () => {
  // A web copy with each row opened by a lone pipe and padded with bare pipes (as corpus formats/*.cells.txt).
  const cells = [
    '|',
    '项目名称 |',
    '某项目 |',
    '||',
    '|',
    '主管部门 |',
    '某局 |',
    '||',
    '|',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '指标值 |',
    '|',
    '产出指标 |',
    '数量指标 |',
    '培训人数 |',
    '100人 |',
  ];

  it('reads the rows as without the empty lines (each cell a paragraph of its own)', () => {
    const rows = readPipeRows(cells.flatMap((l) => [l, ''])).map((r) => r.cells);
    expect(rows).toEqual(readPipeRows(cells).map((r) => r.cells));
    expect(rows.at(-1)).toEqual(['产出指标', '数量指标', '培训人数', '100人']);
  });

  it('keeps an empty line as a row break where two filled lines meet', () => {
    const rows = readPipeRows([
      '|',
      '项目名称 |',
      '某项目 |',
      '',
      '主管部门 |',
      '',
      '某局 |',
      '',
      '一级指标 |',
      '',
      '二级指标 |',
    ]);
    expect(rows.map((r) => r.cells)).toContainEqual(['主管部门']);
  });
});

describe('cells parted by bare pipes (no spaces, no borders)', () => {
  // A table as some exports and database dumps write it: `a|b|c`, a merged cell left empty (`|b|c`, `a||c`).
  const text = [
    '项目支出绩效目标申报表',
    '项目名称|农村饮水安全巩固提升工程|主管部门|县水利局',
    '一级指标|二级指标|三级指标|指标值',
    '产出指标|数量指标|新建供水站数量|≥3个',
    '||改造管网长度|≥12公里',
    '效益指标|社会效益指标|受益人口|=8000人',
  ].join('\n');

  it('reads each line as a row of cells, a merged cell as an empty one', () => {
    expect(detectTextLayout(text)).toBe('pipe-separated');
    expect(cellsOf(text)).toEqual([
      '¶项目支出绩效目标申报表',
      ['项目名称', '农村饮水安全巩固提升工程', '主管部门', '县水利局'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '新建供水站数量', '≥3个'],
      ['', '', '改造管网长度', '≥12公里'],
      ['效益指标', '社会效益指标', '受益人口', '=8000人'],
    ]);
  });

  it('is no table where a pipe or two stand in prose', () => {
    expect(detectTextLayout('单位名称：县水利局\n联系方式：0731-1234|传真同号\n说明：a|b 两项')).not.toBe(
      'pipe-separated',
    );
  });
});
