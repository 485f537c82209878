// Error codes of file import and of the template labels taught in its preview.
import { defineErrors } from '../../http/errors.ts';

export const importError = defineErrors({
  'no-file': [400, '请上传一个文件（multipart/form-data，字段名 file）'],
  'import-failed': [422, '文件无法导入'],
  'upload-not-found': [404, '上传的文件不存在或无权访问'],
  'bad-index': [400, '所选表单序号不存在'],
  'bad-pick': [400, '所指的位置无法作为该字段的值'],
  'no-forms': [422, '文件中没有识别出表单，无法保存：请先在预览中指出项目名称等字段的位置'],
  'mapping-not-found': [404, '模板标签不存在或无权访问'],
  'org-not-found': [404, '组织不存在'],
  'bad-label': [400, '标签不能为空：请填写文档中字段前的文字，如“项目名称”'],
});
