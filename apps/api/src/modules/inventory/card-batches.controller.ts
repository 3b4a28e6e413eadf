import { ErrorCode, OrganizationKind, Role } from '@mengyuan/domain';
import { Controller, Inject, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { UserActor } from '../../common/actor';
import { Authorize, CurrentActor } from '../../common/authorize.decorator';
import { AppError } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CardBatchDto } from './dtos/inventory.dto';
import { BatchService } from './services/batch.service';
import { ImportService, type ImportRow } from './services/import.service';

const COLUMN: [RegExp, keyof ImportRow][] = [
  [/^(card.?(number|no)|number|卡号)$/i, 'cardNumber'],
  [/^(secret|password|pin|卡密|密码)$/i, 'secret'],
  [/^(expires?.?at|expiry|expires|有效期|过期时间)$/i, 'expiresAt'],
];

/** Large batches as CSV (header: cardNumber,secret,expiresAt — or 卡号,卡密,有效期), streamed row by row. */
@Controller('offers')
export class CardBatchesController {
  constructor(
    private readonly imports: ImportService,
    private readonly batches: BatchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] })
  @Post(':offerId/card-batches')
  async upload(@CurrentActor() actor: UserActor, @Param('offerId') offerId: string, @Req() req: FastifyRequest): Promise<CardBatchDto> {
    if (!req.isMultipart()) throw new AppError(ErrorCode.BAD_REQUEST, 'Send the CSV as multipart/form-data in a part named "file"');
    // A CSV of 100,000 codes is a few megabytes: allow ten times the document limit, streamed, never buffered.
    const part = await req.file({ limits: { fileSize: this.config.files.maxBytes * 10, files: 1 } });
    if (!part || part.fieldname !== 'file') throw new AppError(ErrorCode.BAD_REQUEST, 'Send the CSV in a part named "file"');
    const batch = await this.imports.open(actor, offerId, 'CSV');
    const { parse } = await import('csv-parse');
    const parser = part.file.pipe(
      parse({
        bom: true,
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        columns: (header: string[]) => {
          const mapped = header.map((h) => COLUMN.find(([re]) => re.test(h))?.[1] ?? false);
          if (!mapped.includes('cardNumber') && !mapped.includes('secret')) {
            throw new AppError(ErrorCode.VALIDATION_FAILED, 'The first line must name the columns: cardNumber,secret,expiresAt (or 卡号,卡密,有效期)');
          }
          return mapped;
        },
      }),
    );
    await this.imports.run(actor, batch, parser as AsyncIterable<ImportRow>);
    if (part.file.truncated) throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, 'The CSV is too large');
    return CardBatchDto.from(await this.batches.get(actor, batch.id));
  }
}
