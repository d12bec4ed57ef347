package org.openspacemakers.marketplace.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a card processor tells about orders (the payment module asks), each in the caller's
 * transaction or a new one: a payment it confirmed, one that does not pay the order, a checkout that
 * ran out, a refund made in its dashboard. Each takes the order's locks as {@link Orders} does, and
 * moves the order through the same steps as a bank transfer or an administrator's refund.
 */
@Service
public class CardOrders {

    private final Orders orders;
    private final OrderRepository repository;
    private final TransactionTemplate writing;
    private final Clock clock;

    CardOrders(Orders orders, OrderRepository repository, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.repository = repository;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        // As Orders': each statement sees what other orders committed, once the locks are taken.
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** What a payment the card processor confirmed did to its order. */
    public enum ProcessorPayment {
        /** The order is paid. */
        PAID,
        /** The order is paid, and on hold: the gate now refuses a line, a team has no room, or it was held before. */
        HELD,
        /** This payment was recorded on the order before (the same reference): nothing changed. */
        ALREADY_RECORDED,
        /** The order awaits no payment (cancelled, refunded, or paid by another payment): nothing changed, the money is to be paid back. */
        NOT_AWAITED
    }

    /**
     * Records a card payment the processor confirmed, as {@link Orders#confirmBankTransfer} records a
     * transfer (the gate asked again, the reservation made good, then paid or held), in the caller's
     * transaction or a new one. Safe to call again with the same payment: its reference (the
     * processor's) is recorded once.
     */
    public ProcessorPayment recordProcessorPayment(UUID orderId, OrderPayment payment) {
        if (payment.method() != PaymentMethod.CARD || payment.confirmedBy() != null) {
            throw new IllegalArgumentException("a processor's payment is a card payment nobody confirmed by hand");
        }
        return writing.execute(status -> {
            Order order = orders.lockForSale(orderId);
            if (order.payment().map(paid -> paid.reference().equals(payment.reference())).orElse(false)) {
                return ProcessorPayment.ALREADY_RECORDED;
            }
            if (order.paymentMethod() != PaymentMethod.CARD || !order.awaitsPayment()) {
                return ProcessorPayment.NOT_AWAITED;
            }
            Order paid = orders.payLocked(order, payment);
            return paid.status() == OrderStatus.ON_HOLD ? ProcessorPayment.HELD : ProcessorPayment.PAID;
        });
    }

    /**
     * The processor took money that does not pay the order (another amount or currency): the order
     * is not paid, and goes ON_HOLD with the reason for an administrator, if it may still be held.
     * Returns whether it was put on hold now.
     */
    public boolean holdForPaymentMismatch(UUID orderId, String reason) {
        return Boolean.TRUE.equals(writing.execute(status -> {
            Order order = orders.lock(orderId);
            if (!order.holdable()) {
                return false;
            }
            order.hold(reason, clock.instant(), null);
            repository.saveAndFlush(order);
            return true;
        }));
    }

    /**
     * The card checkout an unpaid order waited on ran out, or its payment failed ({@code event}, on
     * the timeline): its boards go back to the teams now rather than when its reservation would
     * have ended. The order still awaits payment, and a later payment books them again if it can.
     * Returns whether a reservation ended.
     */
    public boolean endReservationEarly(UUID orderId, String event) {
        return Boolean.TRUE.equals(writing.execute(status -> {
            Order order = orders.lock(orderId);
            if (!order.endReservationEarly(event, clock.instant())) {
                return false;
            }
            orders.giveBack(order);
            repository.saveAndFlush(order);
            return true;
        }));
    }

    /**
     * Records money the processor paid back, for a refund made outside the store (in the
     * processor's dashboard), as {@link Orders#refund} records an administrator's: a credit note is
     * issued, and the order is REFUNDED once paid back in full. The caller records the processor's
     * refund once.
     */
    public Order recordProcessorRefund(UUID orderId, Money amount, String reason) {
        return writing.execute(status -> {
            Order order = orders.lock(orderId);
            if (order.refund(amount, reason, clock.instant(), null)) {
                orders.giveBack(order);
            }
            return repository.saveAndFlush(order);
        });
    }

    /** The card orders paid since then, oldest first: what the processor's records must show. */
    @Transactional(readOnly = true)
    public List<Order> paidByCardSince(Instant since) {
        return repository.findByPaidWithAndPaidAtGreaterThanEqualOrderByPaidAt(PaymentMethod.CARD, since);
    }
}
