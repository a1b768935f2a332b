package org.svyaz.shell;

/**
 * Where a page sends the user after an action ({@code returnTo}): a path of this site and
 * nothing else, so that a link cannot send a user to another site or break the redirect. It is
 * checked before the action, so that a refused address changes nothing.
 */
public final class ReturnAddress {

    private ReturnAddress() {
    }

    /**
     * The address to return to, or {@code fallback} when none was given.
     *
     * @throws InvalidInput at {@code returnTo} when the address is not a path of this site: not
     *         starting with one slash, naming another host, or holding a backslash or a control
     *         character such as a line break
     */
    public static String checked(String returnTo, String fallback) {
        if (returnTo == null || returnTo.isBlank()) {
            return fallback;
        }
        if (!isPathOfThisSite(returnTo)) {
            throw InvalidInput.of("returnTo", "error.returnTo");
        }
        return returnTo;
    }

    public static boolean isPathOfThisSite(String address) {
        return address.startsWith("/") && !address.startsWith("//") && address.indexOf('\\') < 0
                && address.chars().noneMatch(Character::isISOControl);
    }
}
