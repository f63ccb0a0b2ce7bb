package io.kubetutor.kubectl.exec;

/**
 * Thrown when a command inside the container asks for something the tutor does not simulate; the
 * message is the tutor's own sentence, shown as a kubectl error so it is never mistaken for what a
 * real program would print.
 */
final class Unsimulated extends Exception {
    Unsimulated(String message) {
        super(message, null, false, false);
    }

    /** How kubectl's console shows it. */
    String text() {
        return "error: the tutor " + getMessage();
    }
}
