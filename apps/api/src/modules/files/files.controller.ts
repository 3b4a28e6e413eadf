import { ErrorCode } from '@mengyuan/domain';
import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, UserActor } from '../../common/actor';
import { Authorize, CurrentActor } from '../../common/authorize.decorator';
import { AppError } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FileService } from './services/file.service';

export interface StoredFileResponse {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
}

@Controller('files')
export class FilesController {
  constructor(
    private readonly files: FileService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** multipart/form-data with one part named "file". */
  @Authorize({})
  @Post()
  async upload(@CurrentActor() actor: UserActor, @Req() req: FastifyRequest): Promise<StoredFileResponse> {
    if (!req.isMultipart()) throw new AppError(ErrorCode.BAD_REQUEST, 'Send the file as multipart/form-data in a part named "file"');
    const part = await req.file({ limits: { fileSize: this.config.files.maxBytes, files: 1 } }).catch((err: unknown) => this.refusal(err));
    if (!part || part.fieldname !== 'file') throw new AppError(ErrorCode.BAD_REQUEST, 'Send the file in a part named "file"');
    const data = await part.toBuffer().catch((err: unknown) => this.refusal(err));
    const file = await this.files.store(actor, part.filename, data);
    return { id: file.id, sha256: file.sha256, size: Number(file.size), contentType: file.contentType };
  }

  /** What the multipart parser's refusals mean to the sender: too large (413), or a body that is not multipart (400). */
  private refusal(err: unknown): never {
    const e = err as { code?: string; statusCode?: number; message?: string };
    if (e.code === 'FST_REQ_FILE_TOO_LARGE' || e.statusCode === 413) {
      throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than ${this.config.files.maxBytes} bytes`);
    }
    if (err instanceof AppError || (typeof e.statusCode === 'number' && e.statusCode >= 500)) throw err;
    throw new AppError(ErrorCode.BAD_REQUEST, 'The multipart/form-data body is malformed: send one part named "file"');
  }

  @Authorize({})
  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const { file, data } = await this.files.read(actor, id);
    await reply
      .header('content-type', file.contentType)
      .header('content-length', data.length)
      .header('cache-control', 'private, max-age=300')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
      .send(data);
  }
}
