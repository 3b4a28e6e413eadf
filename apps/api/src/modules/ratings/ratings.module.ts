import { Module } from '@nestjs/common';
import { RatingTodos } from './handlers/todos.handlers';
import { JobsModule } from '../jobs/jobs.module';
import { OrdersModule } from '../orders/orders.module';
import { TicketFactsHandlers } from './handlers/ticket-facts.handlers';
import { OrderRatingResolver, RatingResolver, SaleRatingResolver } from './resolvers/rating.resolver';
import { RatingViewService } from './services/rating-view.service';
import { RatingService } from './services/rating.service';
import { RatingSubjectNames } from './handlers/subject-names.handlers';

/** Mutual ratings (互评, issue 12): sealed double-blind ratings both ways, replies, removal requests, exclusions from ticket facts. */
@Module({
  imports: [JobsModule, OrdersModule],
  providers: [RatingSubjectNames, RatingTodos, RatingService, RatingViewService, RatingResolver, OrderRatingResolver, SaleRatingResolver, TicketFactsHandlers],
  exports: [RatingService],
})
export class RatingsModule {}
