/** Business exceptions: a message key and arguments, mapped once per protocol (REST problem+json, JSF messages). */
package org.carebridge.core.error;
