/**
 * The phone channel (Twilio Voice): webhooks answered with TwiML built by the Twilio SDK's
 * builders, behind their signature check and ahead of the other servlet filters; call routing of
 * office numbers from one read of their routing record, and the IVR that lets a caller change
 * forwarding by keypad. Parses keys, asks the core, speaks the answer from {@code ivr-scripts/};
 * no rule lives here.
 */
package dev.tenso.voice;
