package vn.gnbv.input;

import java.util.List;

/**
 * What a table's receiver threw while a reader streamed to it from inside a library's loop (POI's
 * records, the StAX parser): passed on as it is, never taken for the library's word that the file
 * is damaged.
 */
final class HandlerFailure extends RuntimeException {
    private HandlerFailure(RuntimeException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    /** The receiver's own exception. */
    RuntimeException original() {
        return (RuntimeException) getCause();
    }

    /** The handler, its failures marked as its own. */
    static TableHandler guard(TableHandler h) {
        return new TableHandler() {
            @Override
            public boolean start(String sheet, String where) {
                return start(sheet, where, false);
            }

            @Override
            public boolean start(String sheet, String where, boolean hidden) {
                try {
                    return h.start(sheet, where, hidden);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }

            @Override
            public void row(int row, List<Cell> cells) {
                try {
                    h.row(row, cells);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }

            @Override
            public void end() {
                try {
                    h.end();
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }
        };
    }
}
