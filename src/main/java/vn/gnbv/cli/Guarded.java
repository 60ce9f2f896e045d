package vn.gnbv.cli;

import vn.gnbv.input.ErrorText;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** Runs a command body; input errors are listed (all of them) with their exit code, never a stack trace. */
final class Guarded {
    interface Body {
        int run() throws Exception;
    }

    private Guarded() {}

    static int run(String lang, Body body) throws Exception {
        try {
            return body.run();
        } catch (InputException e) {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            ErrorText text = new ErrorText(lang);
            for (InputError ie : e.errors()) err.println(text.render(ie));
            err.println(e.errors().size() + (lang.equals("vi") ? " lỗi đầu vào." : " input error(s)."));
            return e.kind().exitCode;
        }
    }

    static Callable<Integer> callable(String lang, Body body) {
        return () -> run(lang, body);
    }
}
