package kz.qualify.procedure;

import java.time.LocalDate;
import java.util.Optional;

/** One day as the calendar sees it, with the reason it is, or is not, a working day. */
public sealed interface Day {

    LocalDate date();

    boolean working();

    /** The fact this day rests on beyond the plain week, if it is an assumed one. */
    default Optional<Doubt> doubt() {
        return Optional.empty();
    }

    /** Monday to Friday, nothing else about it. */
    record Weekday(LocalDate date) implements Day {
        @Override
        public boolean working() {
            return true;
        }
    }

    /** Saturday or Sunday, nothing else about it. */
    record Weekend(LocalDate date) implements Day {
        @Override
        public boolean working() {
            return false;
        }
    }

    /** The holiday itself (on a weekday or a weekend). */
    record OnHoliday(LocalDate date, Holiday holiday) implements Day {
        @Override
        public boolean working() {
            return false;
        }

        @Override
        public Optional<Doubt> doubt() {
            return holiday.provenance().assumed() ? Optional.of(new Doubt.AssumedHoliday(holiday)) : Optional.empty();
        }
    }

    /** The weekday that is off because {@code holiday} fell on a weekend. */
    record InsteadOfHoliday(LocalDate date, Holiday holiday) implements Day {
        @Override
        public boolean working() {
            return false;
        }

        @Override
        public Optional<Doubt> doubt() {
            return holiday.provenance().assumed() ? Optional.of(new Doubt.AssumedHoliday(holiday)) : Optional.empty();
        }
    }

    /** The weekday a decree made a day off. */
    record OffByTransfer(LocalDate date, Transfer transfer) implements Day {
        @Override
        public boolean working() {
            return false;
        }

        @Override
        public Optional<Doubt> doubt() {
            return transfer.provenance().assumed()
                    ? Optional.of(new Doubt.AssumedTransfer(transfer))
                    : Optional.empty();
        }
    }

    /** The Saturday or Sunday a decree made a working day. */
    record WorkedByTransfer(LocalDate date, Transfer transfer) implements Day {
        @Override
        public boolean working() {
            return true;
        }

        @Override
        public Optional<Doubt> doubt() {
            return transfer.provenance().assumed()
                    ? Optional.of(new Doubt.AssumedTransfer(transfer))
                    : Optional.empty();
        }
    }

    /**
     * A day of a year the calendar does not hold: counted as working from Monday to Friday only,
     * which is certainly wrong on that year's holidays — hence always a doubt.
     */
    record NotCovered(LocalDate date) implements Day {
        @Override
        public boolean working() {
            return !Transfer.isWeekend(date);
        }

        @Override
        public Optional<Doubt> doubt() {
            return Optional.of(new Doubt.YearNotCovered(date.getYear()));
        }
    }
}
