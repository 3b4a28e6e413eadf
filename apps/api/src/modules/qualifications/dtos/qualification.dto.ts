import { DocumentStatus, DocumentType, ReviewDecision, VerificationMethod } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationDto } from '../../organizations/dtos/organization.dto';
import { MoneyScalar } from '../../../common/money.scalar';
import type { StoredFile } from '../../files/file.types';
import type { BrandEntity } from '../entities/brand.entity';
import type { QualificationDocumentEntity } from '../entities/qualification-document.entity';

registerEnumType(DocumentType, { name: 'DocumentType' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });
registerEnumType(VerificationMethod, { name: 'VerificationMethod' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@ObjectType('Brand')
export class BrandDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: Pick<BrandEntity, 'id' | 'name' | 'createdAt'>): BrandDto {
    return Object.assign(new BrandDto(), { id: e.id, name: e.name, createdAt: e.createdAt });
  }
}

@ObjectType('StoredFile')
export class StoredFileDto {
  @Field(() => ID) id: string;
  @Field() sha256: string;
  @Field(() => Int) size: number;
  @Field() contentType: string;
  @Field() originalName: string;
  @Field({ description: 'GET with the same credentials (Authorization or X-Api-Key)' }) url: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: StoredFile): StoredFileDto {
    return Object.assign(new StoredFileDto(), {
      id: e.id,
      sha256: e.sha256,
      size: Number(e.size),
      contentType: e.contentType,
      originalName: e.originalName,
      url: `/files/${e.id}`,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('QualificationDocument')
export class QualificationDocumentDto {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => DocumentType) type: DocumentType;
  @Field() number: string;
  @Field() issuer: string;
  @Field({ description: 'YYYY-MM-DD' }) validFrom: string;
  @Field({ description: 'YYYY-MM-DD, valid through that day (Asia/Shanghai)' }) validTo: string;
  @Field(() => Int, { description: 'Days from today to validTo; negative once past' }) expiresInDays: number;
  @Field(() => BrandDto, { nullable: true }) brand: BrandDto | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Registered capital stated on a business licence (fen)' }) registeredCapital: string | null;
  @Field(() => StoredFileDto) file: StoredFileDto;
  @Field(() => DocumentStatus) status: DocumentStatus;
  @Field({ description: 'A newer submission of the same document replaced this one' }) superseded: boolean;
  @Field(() => VerificationMethod, { nullable: true }) verificationMethod: VerificationMethod | null;
  @Field(() => String, { nullable: true }) reviewNote: string | null;
  @Field(() => String, { nullable: true }) reviewerEmail: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewedAt: Date | null;
  @Field(() => ID, { nullable: true }) replacesId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: QualificationDocumentEntity, expiresInDays: number): QualificationDocumentDto {
    return Object.assign(new QualificationDocumentDto(), {
      id: e.id,
      organizationId: e.organizationId,
      organizationName: e.organization?.name ?? '',
      type: e.type,
      number: e.number,
      issuer: e.issuer,
      validFrom: e.validFrom,
      validTo: e.validTo,
      expiresInDays,
      brand: e.brand ? BrandDto.from(e.brand) : null,
      registeredCapital: e.registeredCapital,
      file: StoredFileDto.from(e.file!),
      status: e.status,
      superseded: e.superseded,
      verificationMethod: e.verificationMethod,
      reviewNote: e.reviewNote,
      reviewerEmail: e.reviewedBy?.email ?? null,
      reviewedAt: e.reviewedAt,
      replacesId: e.replacesId,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('ReviewQueue', { description: 'What waits for the alliance, oldest first' })
export class ReviewQueueDto {
  @Field(() => [OrganizationDto]) organizations: OrganizationDto[];
  @Field(() => [QualificationDocumentDto]) documents: QualificationDocumentDto[];
}
