import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A TOTP time step a user has signed in with: each code works once (RFC 6238 §5.2). */
@Entity('totp_used_steps')
export class TotpUsedStepEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('bigint') step: string;
  @Column('timestamptz', { name: 'used_at' }) usedAt: Date;
}

/** A one-time recovery code for when the authenticator is lost; only its SHA-256 is kept. */
@Entity('recovery_codes')
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text', { name: 'code_hash' }) codeHash: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
}

/** A password reset link sent by e-mail: one-time and expiring; only the token's SHA-256 is kept. */
@Entity('password_resets')
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column('text', { name: 'requested_ip', nullable: true }) requestedIp: string | null;
}

/** Every request for a reset link, whether or not the address has an account: what the rate limit counts. */
@Entity('password_reset_requests')
export class PasswordResetRequestEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('text') email: string;
  @Column('text') ip: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** A device a user has signed in from (a sign-in from one not listed tells the user by e-mail). */
@Entity('known_devices')
export class KnownDeviceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('text', { name: 'device_hash' }) deviceHash: string;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('timestamptz', { name: 'first_seen_at' }) firstSeenAt: Date;
  @Column('timestamptz', { name: 'last_seen_at' }) lastSeenAt: Date;
}
