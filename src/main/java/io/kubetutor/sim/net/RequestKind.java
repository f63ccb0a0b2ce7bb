package io.kubetutor.sim.net;

/**
 * The kinds of traffic a learner sends: curl opens a new connection per request; a browser keeps
 * one connection alive and sends every request on it; ping sends ICMP echo; nslookup only asks DNS.
 */
public enum RequestKind { CURL, KEEP_ALIVE, PING, NSLOOKUP }
