import { createHash, randomUUID } from 'node:crypto';
import { AuditEventType, DOCUMENT_CONTENT_TYPES, ErrorCode } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound } from '../../../common/errors';
import { StoredFileEntity } from '../entities/stored-file.entity';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';

const ACCEPTED = new Set<string>(DOCUMENT_CONTENT_TYPES);

@Injectable()
export class FileService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Stores an upload after recognising its type from the bytes: the name and the client's claim do not count. */
  @UnitOfWork()
  async store(actor: UserActor, originalName: string, data: Buffer): Promise<StoredFileEntity> {
    if (data.length === 0) throw new AppError(ErrorCode.VALIDATION_FAILED, 'The file is empty', { fields: { file: ['is empty'] } });
    const { fileTypeFromBuffer } = await import('file-type');
    const detected = await fileTypeFromBuffer(data);
    if (!detected || !ACCEPTED.has(detected.mime)) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'Only PDF, JPEG and PNG files are accepted', {
        fields: { file: [`is ${detected?.mime ?? 'not a recognised file type'}; PDF, JPEG or PNG expected`] },
      });
    }
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    await this.storage.put(storageKey, data);
    const repo = this.txHost.tx.getRepository(StoredFileEntity);
    const file = repo.create({
      id,
      organizationId: actor.organizationId,
      uploadedByUserId: actor.userId,
      sha256: createHash('sha256').update(data).digest('hex'),
      size: String(data.length),
      contentType: detected.mime,
      originalName: originalName.slice(0, 200) || 'upload',
      storageKey,
      createdAt: this.clock.now(),
    });
    await repo.insert(file);
    await this.events.publish(new AuditedChange(actor, AuditEventType.FILE_UPLOADED, {
      organizationId: actor.organizationId,
      subjectType: 'file',
      subjectId: id,
      payload: { sha256: file.sha256, size: data.length, contentType: file.contentType },
    }));
    return file;
  }

  /** A file of the caller's own organisation, or any for alliance staff. */
  async find(actor: Actor, id: string): Promise<StoredFileEntity> {
    const file = await this.txHost.tx.getRepository(StoredFileEntity).findOne({ where: { id: assertId(id, 'File') } });
    if (!file || (!isAlliance(actor) && file.organizationId !== actor.organizationId)) throw notFound('File');
    return file;
  }

  /**
   * A file attached to something another module shares between organisations (a ticket's thread): that
   * module has checked the caller may see it.
   */
  async readShared(id: string): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const file = await this.txHost.tx.getRepository(StoredFileEntity).findOne({ where: { id: assertId(id, 'File') } });
    if (!file) throw notFound('File');
    return { file, data: await this.storage.get(file.storageKey) };
  }

  async read(actor: Actor, id: string): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const file = await this.find(actor, id);
    return { file, data: await this.storage.get(file.storageKey) };
  }
}
