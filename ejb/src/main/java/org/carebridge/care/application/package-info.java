/** Applications for support: the normal track and help-first-confirm-later, with a reference number for families. */
package org.carebridge.care.application;
