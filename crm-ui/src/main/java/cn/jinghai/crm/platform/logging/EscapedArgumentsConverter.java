package cn.jinghai.crm.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.helpers.MessageFormatter;

/**
 * The log message ({@code %m}) with the values put into it escaped: a line break or another control
 * character that came with input (a username, a company name, a path) is written as {@code \n},
 * {@code \r} or {@code \u2028}, so input can never start a line of its own and forge an entry. The
 * message's own text, written by our code or a library (a start-up failure report, for one), keeps its
 * lines. Declared for {@code %m}, {@code %msg} and {@code %message} in {@code logback-spring.xml}.
 */
public class EscapedArgumentsConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        Object[] arguments = event.getArgumentArray();
        if (arguments == null || arguments.length == 0) {
            return event.getFormattedMessage();
        }
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            escaped[i] = argument == null || argument instanceof Number || argument instanceof Boolean
                    ? argument : escape(String.valueOf(argument));
        }
        return MessageFormatter.basicArrayFormat(event.getMessage(), escaped);
    }

    /** {@code text} on one line: control characters and Unicode line breaks as escapes, a backslash doubled. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                default -> c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029
                        ? String.format("\\u%04X", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
