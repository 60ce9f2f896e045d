package vn.gnbv.cli;

import vn.gnbv.input.ErrorText;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.summary.Money;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs a command body: input errors are listed (all of them) with their exit code, never a stack
 * trace; a sum of money too large for any real case is an input error too.
 */
final class Guarded {
    interface Body {
        int run() throws Exception;
    }

    private Guarded() {}

    static int run(String lang, Body body) throws Exception {
        try {
            return body.run();
        } catch (InputException e) {
            return report(lang, e);
        } catch (Money.MoneyOverflow e) {
            return report(lang, new InputException(InputKind.FACTS, List.of(InputError.of(Location.ofFile("facts"),
                    "facts.money-overflow"))));
        }
    }

    static int report(String lang, InputException e) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ErrorText text = new ErrorText(lang);
        for (InputError ie : e.errors()) err.println(text.render(ie));
        err.println(text.count(e.errors().size()));
        return e.kind().exitCode;
    }
}
