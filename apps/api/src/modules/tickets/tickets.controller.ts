import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/actor';
import { Authorize, CurrentActor } from '../../common/authorize.decorator';
import { TicketService } from './services/ticket.service';

/** A ticket's attachments, for whoever may read the message that carries them (both sides and the alliance). */
@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketService) {}

  @Authorize({})
  @Get(':ticketId/attachments/:fileId')
  async attachment(@CurrentActor() actor: Actor, @Param('ticketId') ticketId: string, @Param('fileId') fileId: string, @Res() reply: FastifyReply): Promise<void> {
    const { file, data } = await this.tickets.attachment(actor, ticketId, fileId);
    await reply
      .header('content-type', file.contentType)
      .header('content-length', data.length)
      .header('cache-control', 'private, max-age=300')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
      .send(data);
  }
}
