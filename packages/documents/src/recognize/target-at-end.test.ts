import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { targetAtEnd } from './target-at-end.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): each row's name and its one target in one piece, nothing marking the edge.
const HEAD =
  '项目支出绩效目标表(2022年度)项目名称某县文化下乡补助经费主管单位某县文化旅游体育局年度资金总额(万元)5' +
  '一级指标二级指标三级指标指标值';

async function rowsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(`${HEAD}${text}\n`), 'joined.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return (form?.kind === 'project' ? form.indicators : []).map((i) => [i.name, i.target?.raw]);
}

describe('a target closing a run-together row unmarked', () => {
  it('cuts a bare figure or a date off the name where the piece ends the row', async () => {
    const rows = await rowsOf('产出指标数量指标结算项目数3时效指标项目完成时间2023年底效益指标社会效益指标每千人托位4.5');
    expect(rows).toContainEqual(['结算项目数', '3']);
    expect(rows).toContainEqual(['项目完成时间', '2023年底']);
    expect(rows).toContainEqual(['每千人托位', '4.5']);
  });

  it('cuts a worded target: a judgement, an adverb with its verb, an answer, an adjective on a quality', async () => {
    const rows = await rowsOf(
      '产出指标时效指标结算款支付及时性及时质量指标已建工程是否存在质量问题否效益指标社会效益指标' +
        '补助发放及时性及时发放满意度指标服务对象满意度指标补助款结算误差率低',
    );
    expect(rows).toContainEqual(['结算款支付及时性', '及时']);
    expect(rows).toContainEqual(['已建工程是否存在质量问题', '否']);
    expect(rows).toContainEqual(['补助发放及时性', '及时发放']);
    expect(rows).toContainEqual(['补助款结算误差率', '低']);
  });

  it('keeps a date whole (2025年10月底前), the month no value of its own, also before the next row', async () => {
    expect(await rowsOf('产出指标时效指标完成时限2025年10月底前')).toContainEqual(['完成时限', '2025年10月底前']);
    const rows = await rowsOf('产出指标时效指标完成时限2025年10月底前资金拨付率100%');
    expect(rows).toContainEqual(['完成时限', '2025年10月底前']);
    expect(rows).toContainEqual(['资金拨付率', '100%']);
  });

  it('leaves a name whole where a value follows it on the line', async () => {
    const rows = await rowsOf('产出指标数量指标开展送戏进万村全部完成≥70村');
    expect(rows.map((r) => r[0])).not.toContain('开展送戏进万村');
  });

  it('reads no target into a name numbered by the template or too short to name anything', () => {
    expect(targetAtEnd('指标2')).toBeNull();
    expect(targetAtEnd('产出第3')).toBeNull();
    expect(targetAtEnd('质量好')).toBeNull();
    expect(targetAtEnd('按规定执行。是')).toBeNull();
  });
});
