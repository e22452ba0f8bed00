/** Case plans (needs, goals, planned services, review date) and the service records of what each child received. */
package org.carebridge.care.service;
