// The public documents the shipped library draws on: where each indicator (its name, level, unit and
// usual value) was seen. Definitions, formulas and 评分标准 are written in our own words following the
// principles of 财预〔2021〕101号 (指标高度关联、量化可衡量、取值有据); no long text is copied.

export interface LibrarySource {
  title: string;
  url: string;
}

export const SOURCES = {
  guide101: {
    title: '财政部 财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（转载）',
    url: 'http://tldf.cn/article-55595-153648.html',
  },
  cost101: {
    title: '101号指引成本指标释义（经济成本、社会成本、生态环境成本）',
    url: 'https://qddinggu.cn/caishui/35371.html',
  },
  common: {
    title: '通用共性指标库示例（购置类、培训类、会议类、文字性成果类项目）',
    url: 'http://www.clix4bitcoin.com/periodical/8/FLASH/data/63.html',
  },
  meeting: {
    title: '部门共性指标体系示例（会议培训类，成本指标）',
    url: 'https://renrendoc.com/paper/264391961.html',
  },
  education: {
    title: '政府部门绩效评估指标体系：教育（经费投入、产出与效果、发展能力）',
    url: 'http://m.zvcs.cn/oldweb/n9/n397/n401/c14948/content.html',
  },
  studentAid: {
    title: '全国学生资助管理中心：学生资助绩效管理的规范与优化（2025）',
    url: 'https://www.xszz.edu.cn/n43/c12392/content.html',
  },
  farmland: {
    title: '岳阳县农业农村局 2022年乡村振兴衔接资金绩效目标申报表（高标准农田建设）',
    url: 'http://www.yyx.gov.cn/37584/38137/content_2016103.html',
  },
  planting: {
    title: '同心县下马关镇 设施农业种植项目绩效目标设定公示（2023）',
    url: 'https://www.tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202309/t20230919_4273316.html',
  },
  ruralRoads: {
    title: '农村公路绩效管理考核内容与评价指标（路况水平、运行机制、资金保障、服务效益）',
    url: 'https://1wenmi.com/doc/81751.html',
  },
  roadsForm: {
    title: '阳泉市 2021年“四好农村路”项目支出绩效目标申报表',
    url: 'http://jtysj.yq.gov.cn/yjsgk/202104/t20210422_1152890.html',
  },
  publicHealth: {
    title: '国家基本公共卫生服务项目实施进展与效果（中国公共卫生，2019）',
    url: 'https://html.rhhz.net/ZGGGWS/html/20190601.htm',
  },
  healthAssessment: {
    title: '广东省卫生厅 广东省财政厅 粤卫〔2011〕75号《广东省基本公共卫生服务项目绩效考核方案》',
    url: 'https://www.6400.net.cn/Zd8M53K8P/',
  },
  socialAid: {
    title: '深圳市福田区民政局 2021年中央财政困难群众救助补助资金管理使用情况',
    url: 'http://www.szft.gov.cn/bmxx/qmzj/tzgg/content/post_10506497.html',
  },
} as const satisfies Record<string, LibrarySource>;

export type SourceKey = keyof typeof SOURCES;
