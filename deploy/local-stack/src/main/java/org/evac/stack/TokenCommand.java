package org.evac.stack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code evac-stack.sh token --user NAME --roles a,b [--operator CODE] [--hours H]}: mints a bearer
 * token.
 */
final class TokenCommand {

    private TokenCommand() {}

    static String run(StackOptions options) {
        String user = null;
        List<String> roles = null;
        String operator = null;
        long hours = 12;
        List<String> args = options.tokenArguments();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--user" -> user = value;
                case "--roles" -> roles = Arrays.asList(value.split(","));
                case "--operator" -> operator = value;
                case "--hours" -> hours = Long.parseLong(value);
                default ->
                        throw new IllegalArgumentException("unknown token option " + args.get(i));
            }
        }
        if (user == null || roles == null || args.size() % 2 != 0) {
            throw new IllegalArgumentException(StackOptions.USAGE);
        }
        DemoKeys keys = new DemoKeys(options.dataDirectory());
        return new TokenMinter(keys.privateKey())
                .mint(user, roles, operator, Duration.ofHours(hours));
    }
}
