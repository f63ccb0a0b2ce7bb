package io.kubetutor.app;

public final class Main { public static void main(String[] a) { TutorApp.launchApp(a); } }
