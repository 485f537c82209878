// The one place that turns errors into HTTP responses: domain errors keep their code and status,
// framework 4xx errors get a Chinese message, anything else is logged and becomes a bare 500.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from './errors.ts';
import { ValidationFailure } from './validation.ts';

const frameworkMessages: Record<string, [code: string, message: string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['malformed-json', '请求体不是合法的 JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['empty-body', '请求体为空，应为 JSON 对象'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body-too-large', '请求体过大'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported-media-type',
    '不支持的内容类型：请使用 application/json（上传文件用 multipart/form-data）',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad-content-length', 'Content-Length 与请求体长度不符'],
  FST_REQ_FILE_TOO_LARGE: ['file-too-large', '上传的文件过大'],
  FST_FILES_LIMIT: ['too-many-files', '一次只能上传一个文件'],
  FST_PARTS_LIMIT: ['too-many-parts', '上传的表单字段过多'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['not-multipart', '请以 multipart/form-data 上传文件'],
  FST_ERR_RATE_LIMIT: ['rate-limited', '请求过于频繁，请稍后再试'],
};

/** The caps a request can run into, named in their refusals (the person sees how far over they are). */
export interface RequestLimits {
  /** Largest uploaded file (UPLOAD_LIMIT_BYTES). */
  uploadBytes?: number;
  /** Largest JSON body (BODY_LIMIT_BYTES). */
  bodyBytes?: number;
}

/** A size as people read it: 50 MB, 195 KB. */
export function sizeForPeople(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The framework's refusals of a request past a cap, saying the cap and what to do. */
function limitMessages(limits: RequestLimits): Record<string, [code: string, message: string]> {
  const out: Record<string, [code: string, message: string]> = {};
  if (limits.uploadBytes !== undefined)
    out.FST_REQ_FILE_TOO_LARGE = [
      'file-too-large',
      `上传的文件过大（上限 ${sizeForPeople(limits.uploadBytes)}）：请删去无关内容或拆分成几个文件后分别上传`,
    ];
  if (limits.bodyBytes !== undefined)
    out.FST_ERR_CTP_BODY_TOO_LARGE = [
      'body-too-large',
      `请求体过大（上限 ${sizeForPeople(limits.bodyBytes)}）：请减少一次提交的内容，较大的文件请以上传方式导入`,
    ];
  return out;
}

export function installErrorHandler(app: FastifyInstance, limits: RequestLimits = {}): void {
  const messages = { ...frameworkMessages, ...limitMessages(limits) };
  app.setErrorHandler((err: FastifyError | AppError | ValidationFailure, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ code: err.code, message: err.message, ...err.details });
    }
    if (err instanceof ValidationFailure) {
      return reply
        .status(400)
        .send({ code: 'invalid-input', message: err.message, part: err.part, errors: err.errors });
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      return reply.status(400).send({ code: 'invalid-input', message: `请求数据有误：${fe.message}` });
    }
    const status = fe.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = fe.code ? messages[fe.code] : undefined;
      const [code, message] = known ?? ['bad-request', '请求无效'];
      return reply.status(status).send({ code, message });
    }
    request.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send({ code: 'internal-error', message: '服务器内部错误，请稍后重试或联系管理员' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      code: 'route-not-found',
      message: `接口不存在：${request.method} ${request.url.split('?')[0]}`,
    });
  });
}

/** Errors the router raises before any handler (a URL it cannot decode): the same format as the rest. */
export function sendFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const badUrl = error.code === 'FST_ERR_BAD_URL';
  void reply.status(400).send({
    code: badUrl ? 'bad-url' : 'bad-request',
    message: badUrl ? '请求地址无法解析（含有不合法的百分号编码）：请检查地址' : '请求无效',
  });
}
