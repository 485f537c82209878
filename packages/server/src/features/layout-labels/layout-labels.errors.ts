// Error codes of pointing at cells and of the template labels an organisation taught (both imports use them).
import { defineErrors } from '../../http/errors.ts';

export const labelError = defineErrors({
  'bad-index': [400, '所选表单序号不存在'],
  'bad-pick': [400, '所指的位置无法作为该字段的值'],
  'mapping-not-found': [404, '模板标签不存在或无权访问'],
  'org-not-found': [404, '组织不存在'],
  'bad-label': [400, '标签不能为空：请填写文档中字段前的文字，如“项目名称”'],
});
